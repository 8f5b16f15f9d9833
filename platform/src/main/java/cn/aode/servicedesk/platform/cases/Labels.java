package cn.aode.servicedesk.platform.cases;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads enum labels from the {@code labels.properties} of the enum's package, once per
 * package.
 */
final class Labels {

	private static final Map<Class<?>, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

	private static final ResourceBundle.Control PROPERTIES_ONLY = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private Labels() {
	}

	static String text(Label.Labelled value, String language) {
		if (!(value instanceof Enum<?> constant)) {
			throw new IllegalArgumentException("Only enums are labelled: " + value);
		}
		Class<?> type = constant.getDeclaringClass();
		String key = type.getSimpleName() + "." + constant.name() + "." + language;
		try {
			return BUNDLES
				.computeIfAbsent(type,
						enumType -> ResourceBundle.getBundle(enumType.getPackageName() + ".labels", Locale.ROOT,
								enumType.getClassLoader(), PROPERTIES_ONLY))
				.getString(key);
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException(
					"No label " + key + " in " + type.getPackageName().replace('.', '/') + "/labels.properties", ex);
		}
	}

}
