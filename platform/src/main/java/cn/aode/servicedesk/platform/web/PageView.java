package cn.aode.servicedesk.platform.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list answer, with what a front end needs to draw a pager. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
