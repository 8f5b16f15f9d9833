package cn.aode.servicedesk.specialist.assignment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.aode.servicedesk.specialist.customer.Customer;
import cn.aode.servicedesk.specialist.customer.Customers;

/** Finds customers with a gas need and no active specialist: the SPC-1 coverage gaps. */
@Repository
class CoverageGaps {

	private static final String GAPS = """
			from customer c
			where c.has_gas_need
			  and not exists (select 1 from specialist_assignment a
			                  where a.customer_crm_id = c.crm_id and a.ended_at is null)""";

	private final JdbcClient jdbc;

	private final Customers customers;

	CoverageGaps(JdbcClient jdbc, Customers customers) {
		this.jdbc = jdbc;
		this.customers = customers;
	}

	/** One page of the gaps, by CRM id. */
	Page<Customer> find(Pageable pageable) {
		long total = jdbc.sql("select count(*) " + GAPS).query(Long.class).single();
		List<String> ids = jdbc.sql("select c.crm_id " + GAPS + " order by c.crm_id limit ? offset ?")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query(String.class)
			.list();
		Map<String, Customer> byId = customers.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Customer::crmId, Function.identity()));
		List<Customer> page = ids.stream()
			.map(byId::get)
			.filter(customer -> customer != null)
			.sorted(Comparator.comparing(Customer::crmId))
			.toList();
		return new PageImpl<>(page, pageable, total);
	}

}
