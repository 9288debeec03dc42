package org.accountabilitygraph.query.model;

import java.util.List;

/**
 * One page of an answer that can grow with the graph: its rows, where it starts ({@code page}, from 1), how many
 * rows a page holds ({@code size}) and whether there are more after it.
 */
public record Page<T>(List<T> items, int page, int size, boolean hasMore) {
}
