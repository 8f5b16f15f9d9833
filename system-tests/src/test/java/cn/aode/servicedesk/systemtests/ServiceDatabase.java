package cn.aode.servicedesk.systemtests;

import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import cn.aode.servicedesk.infra.postgres.EmbeddedPostgres;

/**
 * A service's own database on the stack's PostgreSQL, read directly: what was really
 * stored, whatever the API says.
 */
final class ServiceDatabase {

	private ServiceDatabase() {
	}

	/** A fresh connection for every statement, so a restarted server is no trouble. */
	static JdbcClient of(String database) {
		EmbeddedPostgres postgres = SystemUnderTest.get().postgres();
		return JdbcClient.create(
				new SimpleDriverDataSource(new Driver(), postgres.jdbcUrl(database), EmbeddedPostgres.SUPERUSER, ""));
	}

}
