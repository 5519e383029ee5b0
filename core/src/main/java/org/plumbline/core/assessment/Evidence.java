package org.plumbline.core.assessment;

/**
 * What decided a verdict: a statement, with the trajectory and site it is about when there is one.
 *
 * @param statement  in words, with numbers
 * @param threatIndex index of the deciding threat in {@link ScenarioAssessment#threats()}, -1 when none
 * @param siteId     the deciding site, empty when none
 */
public record Evidence(String statement, int threatIndex, String siteId) {
}
