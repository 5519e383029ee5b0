/**
 * The edges of Plumbline: parsing what users write (quantities with units, places, shapes, missile
 * specs) into the core's SI values, with errors that quote the bad token; and deterministic writers
 * for machine output. Degrees and kilometres appear only here and in the CLI.
 */
package org.plumbline.io;
