package cn.aode.servicedesk.notice.bulletin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bulletin is served.
 *
 * @param cacheTtl how long a built bulletin is kept at most; a change committed by this
 * instance rebuilds it at once, one committed by another instance within this time
 * @param company the company named on the printed board
 */
@ConfigurationProperties("servicedesk.bulletin")
public record BulletinSettings(@DefaultValue("PT1M") Duration cacheTtl, @DefaultValue("科左中旗奥德燃气有限公司") String company) {
}
