package org.safereturn.common.web;

import java.util.List;

/** One page of a list: {@code {items, page, size, total}} as every list of the API answers. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {}
