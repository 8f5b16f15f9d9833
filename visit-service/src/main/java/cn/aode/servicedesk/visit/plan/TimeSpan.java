package cn.aode.servicedesk.visit.plan;

import java.time.LocalTime;

/** A span of local time in a day (Asia/Shanghai), e.g. visiting hours 08:30–12:00. */
public record TimeSpan(LocalTime from, LocalTime to) {

}
