package cn.aode.servicedesk.platform.problem;

/** The addressed resource does not exist: answered with 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String resource, Object id) {
		super(resource + " " + id + " does not exist");
	}

}
