package cn.aode.servicedesk.notice.onetime;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All one-time notices, kept for inspection. */
interface OneTimeNotices extends ListCrudRepository<OneTimeNotice, UUID> {

}
