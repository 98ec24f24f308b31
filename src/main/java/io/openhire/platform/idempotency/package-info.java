/**
 * {@code Idempotency-Key} on {@code POST /api/v1/**}: the first request of a key runs and
 * its response is kept for 24 h; repeats with the same body get that response again.
 */
@NullMarked
package io.openhire.platform.idempotency;

import org.jspecify.annotations.NullMarked;
