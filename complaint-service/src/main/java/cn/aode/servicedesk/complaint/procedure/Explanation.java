package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;

/** CMP-6: the patient explanation a customer got when the company was not responsible. */
public record Explanation(String text, String givenBy, Instant givenAt) {
}
