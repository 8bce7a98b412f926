/** Flow identity shared with other tools: the Community ID of a 5-tuple. */
package io.wormbench.traffic.flow;
