package cn.aode.servicedesk.assist.rota;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The help desk's shifts and staffing (AST-3): when each shift begins, and how many
 * window helpers are on duty in one — at least {@code minPerShift}, at most
 * {@code maxPerShift}.
 */
@ConfigurationProperties("servicedesk.assist.rota")
public record RotaSettings(@DefaultValue("08:30") LocalTime morningStarts,
		@DefaultValue("14:30") LocalTime afternoonStarts, @DefaultValue("1") int minPerShift,
		@DefaultValue("2") int maxPerShift) {

	LocalTime start(Shift shift) {
		return shift == Shift.MORNING ? morningStarts : afternoonStarts;
	}

}
