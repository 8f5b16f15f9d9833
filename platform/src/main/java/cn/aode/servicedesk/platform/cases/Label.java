package cn.aode.servicedesk.platform.cases;

/**
 * How an enum value travels to a front end: the stable code plus the Chinese label staff
 * and customers read and an English one beside it.
 */
public record Label(String code, String zh, String en) {

	public static <E extends Enum<E> & Labelled> Label of(E value) {
		return new Label(value.name(), value.zh(), value.en());
	}

	/**
	 * An enum that a front end shows. Its labels live beside it in the package's
	 * {@code labels.properties} as {@code <Enum>.<CONSTANT>.zh} and {@code .en}.
	 */
	public interface Labelled {

		default String zh() {
			return Labels.text(this, "zh");
		}

		default String en() {
			return Labels.text(this, "en");
		}

	}

}
