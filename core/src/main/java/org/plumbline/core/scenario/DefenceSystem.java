package org.plumbline.core.scenario;

import java.util.List;

import org.plumbline.core.sensor.EarlyWarningSatellite;
import org.plumbline.core.sensor.Radar;

/**
 * One party's missile-defence system: its sensors, interceptor sites and command delays.
 *
 * @param id             unique id
 * @param partyId        owning party
 * @param radars         radars
 * @param satellites     early-warning satellites (cues only)
 * @param sites          interceptor sites
 * @param delays         command delays
 * @param launchOnRemote whether interceptors may launch on another of the system's sensors' tracks
 */
public record DefenceSystem(String id, String partyId, List<Radar> radars, List<EarlyWarningSatellite> satellites,
                            List<InterceptorSite> sites, CommandDelays delays, boolean launchOnRemote) {
    public DefenceSystem {
        radars = List.copyOf(radars);
        satellites = List.copyOf(satellites);
        sites = List.copyOf(sites);
    }
}
