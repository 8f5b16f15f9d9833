package cn.aode.servicedesk.platform.cases;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Sentences people read, worded in the {@code texts.properties} beside the code that
 * writes them (UTF-8, MessageFormat patterns): the code passes only the facts.
 */
public final class Texts {

	private final ResourceBundle bundle;

	private Texts(ResourceBundle bundle) {
		this.bundle = bundle;
	}

	/** The texts of the package {@code owner} lives in. */
	public static Texts of(Class<?> owner) {
		return new Texts(ResourceBundle.getBundle(owner.getPackageName() + ".texts", Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
	}

	/**
	 * The sentence {@code key} with the facts in its placeholders; facts are passed as
	 * text, so a year reads 2026, never 2,026.
	 */
	public String format(String key, String... facts) {
		return new MessageFormat(bundle.getString(key), Locale.ROOT).format(facts);
	}

}
