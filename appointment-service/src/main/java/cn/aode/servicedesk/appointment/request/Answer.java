package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/** Who answered a request, when, and with what note (the end of the APT-5 clock). */
record Answer(String answeredBy, String answerNote, Instant answeredAt) {

}
