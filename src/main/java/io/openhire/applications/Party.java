package io.openhire.applications;

/**
 * The side of an application that acts: the candidate, or a member of the hiring company.
 */
enum Party {

	CANDIDATE, EMPLOYER

}
