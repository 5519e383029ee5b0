package org.plumbline.core.scenario;

/**
 * A side in the dispute (NATO, Russia, ...).
 *
 * @param id   unique id
 * @param name display name
 */
public record Party(String id, String name) {
}
