/**
 * External detectors in the loop: a scenario's {@code detectors:} entry with an
 * {@code external:} map names a third-party tool (a Python model, nDPI, a Zeek script ...) run
 * as a process on each seed's traffic, whose alerts are scored beside the built-ins. The tool
 * gets the traffic only (Zeek logs, JSON lines, a pcap, or events on stdin), never the ground
 * truth: its folder holds only that traffic and the folder for its output.
 */
package io.wormbench.evaluation.external;
