package cn.aode.servicedesk.assist.training;

import org.springframework.data.relational.core.mapping.Table;

/** Someone invited to a training, and whether they attended. */
@Table("training_attendee")
public record Attendee(String staffId, boolean attended) {

}
