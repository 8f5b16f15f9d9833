package cn.aode.servicedesk.platform.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** One page of a list answer, with what a front end needs to draw a pager. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	/** The largest page a list answers. */
	public static final int MAX_SIZE = 200;

	/**
	 * The page a client asked for, kept in range: a negative page is the first, a size
	 * between 1 and {@value #MAX_SIZE}.
	 */
	public static Pageable request(int page, int size, Sort sort) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE), sort);
	}

	public static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
