/** An in-process Kafka broker in KRaft mode (broker and controller in one node). */
package cn.aode.servicedesk.infra.kafka;
