package cn.aode.servicedesk.platform.cases;

/**
 * How an enum value travels to a front end: the stable code plus the Chinese label staff
 * and customers read and an English one beside it.
 */
public record Label(String code, String zh, String en) {

	public static <E extends Enum<E> & Labelled> Label of(E value) {
		return new Label(value.name(), value.zh(), value.en());
	}

	/** An enum that a front end shows. */
	public interface Labelled {

		String zh();

		String en();

	}

}
