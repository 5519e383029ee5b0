package org.plumbline.core.scenario;

/**
 * Territory a system is responsible for: the "sectoral" proposal.
 *
 * @param systemId the responsible system
 * @param regionId a named region (catalog id)
 */
public record Sector(String systemId, String regionId) {
}
