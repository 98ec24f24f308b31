package io.openhire;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CursorQuery;
import io.openhire.shared.CursorResponse;
import io.openhire.shared.Ids;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Endpoints that exist only in tests, to drive the platform's error handling, pagination
 * and logging the way module endpoints will.
 */
@TestComponent
@RestController
@Hidden
@RequestMapping("/api/v1/test")
public class TestEndpoints {

	private static final Logger log = LoggerFactory.getLogger(TestEndpoints.class);

	record Probe(@NotBlank @Size(max = 20) String displayName, @Min(1) @Max(10) int skillLevel,
			@Valid @Nullable Address homeAddress) {
	}

	record Address(@NotBlank String postalCode) {
	}

	@PostMapping("/probes")
	Probe create(@Valid @RequestBody Probe probe) {
		log.info("probe accepted: {}", probe.displayName());
		return probe;
	}

	@GetMapping("/probes")
	Object list(PageQuery page, @Nullable CursorQuery cursor, @RequestParam(defaultValue = "45") int total) {
		if (cursor != null) {
			String position = cursor.isFirstPage() ? "start" : cursor.position();
			return CursorResponse.of(List.of(position), position + "+1", cursor.isFirstPage() ? null : position);
		}
		List<Long> results = java.util.stream.LongStream
			.range(page.offset(), Math.min(total, page.offset() + page.pageSize()))
			.boxed()
			.toList();
		return PageResponse.of(page, total, results);
	}

	@GetMapping("/conflict")
	void conflict() {
		throw ApiProblem.conflict("already_applied", "You applied to this job already.");
	}

	@GetMapping("/failure")
	void failure() {
		throw new IllegalStateException("secret internals: jdbc:h2:/var/lib/db password=hunter2");
	}

	private final AtomicInteger orderAttempts = new AtomicInteger();

	private final AtomicInteger ordersCreated = new AtomicInteger();

	private volatile CountDownLatch heldOrders = new CountDownLatch(0);

	record OrderRequest(@NotBlank String item, @Nullable Boolean fail) {
	}

	record Order(UUID id, String item, int number) {
	}

	/**
	 * Creates something countable, for the idempotency tests: item {@code "held"} waits
	 * until {@link #holdOrders()}' latch opens, {@code fail: true} answers 500.
	 */
	@PostMapping("/orders")
	ResponseEntity<Order> createOrder(@Valid @RequestBody OrderRequest request) throws InterruptedException {
		orderAttempts.incrementAndGet();
		if ("held".equals(request.item())) {
			heldOrders.await(10, TimeUnit.SECONDS);
		}
		if (Boolean.TRUE.equals(request.fail())) {
			throw new IllegalStateException("order store down");
		}
		Order order = new Order(Ids.newId(), request.item(), ordersCreated.incrementAndGet());
		return ResponseEntity.created(URI.create("/api/v1/test/orders/" + order.id())).body(order);
	}

	public int orderAttempts() {
		return orderAttempts.get();
	}

	public int ordersCreated() {
		return ordersCreated.get();
	}

	/** Holds orders of item {@code "held"} until the returned latch counts down. */
	public CountDownLatch holdOrders() {
		CountDownLatch latch = new CountDownLatch(1);
		heldOrders = latch;
		return latch;
	}

	/**
	 * A multipart upload that creates an order named after the file, for idempotency
	 * tests.
	 */
	@PostMapping(path = "/orders/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Order> uploadOrder(@RequestPart("file") MultipartFile file) throws java.io.IOException {
		orderAttempts.incrementAndGet();
		String item = file.getOriginalFilename() + ":" + file.getBytes().length;
		Order order = new Order(Ids.newId(), item, ordersCreated.incrementAndGet());
		return ResponseEntity.created(URI.create("/api/v1/test/orders/" + order.id())).body(order);
	}

}
