package cn.aode.servicedesk.notice.onetime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How written notices are printed.
 *
 * @param company the company named at the head of the 《一次性告知单》
 */
@ConfigurationProperties("servicedesk.notices")
public record NoticeSettings(@DefaultValue("科左中旗奥德燃气有限公司") String company) {
}
