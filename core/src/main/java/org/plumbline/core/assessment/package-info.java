/**
 * The assessment: a scenario's criteria evaluated over its threat sets, with verdicts, margins and
 * the evidence that decided them. Pure: no I/O; the edges read scenarios and write reports.
 */
package org.plumbline.core.assessment;
