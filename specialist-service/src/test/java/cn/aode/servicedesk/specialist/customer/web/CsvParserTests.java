package cn.aode.servicedesk.specialist.customer.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** RFC 4180 CSV as CRM exports write it. */
class CsvParserTests {

	@Test
	void splitsRecordsAndFields() {
		assertThat(CsvParser.parse("a,b,c\n1,2,3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
	}

	@Test
	void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() {
		List<List<String>> records = CsvParser.parse("\"科左中旗,保康镇\",\"他说\"\"你好\"\"\",\"两行\n地址\"\n");

		assertThat(records).containsExactly(List.of("科左中旗,保康镇", "他说\"你好\"", "两行\n地址"));
	}

	@Test
	void keepsEmptyFieldsIncludingTheLast() {
		assertThat(CsvParser.parse("a,,c,\n,,,")).containsExactly(List.of("a", "", "c", ""), List.of("", "", "", ""));
	}

	@Test
	void acceptsCrlfAndNoFinalLineBreakAndSkipsBlankLines() {
		assertThat(CsvParser.parse("a,b\r\n\r\n1,2\r\n\n3,4")).containsExactly(List.of("a", "b"), List.of("1", "2"),
				List.of("3", "4"));
	}

	@Test
	void anEmptyQuotedFieldIsARecord() {
		assertThat(CsvParser.parse("\"\"\n")).containsExactly(List.of(""));
	}

	@Test
	void emptyTextHasNoRecords() {
		assertThat(CsvParser.parse("")).isEmpty();
		assertThat(CsvParser.parse("\n\n")).isEmpty();
	}

	@Test
	void refusesAQuotedFieldThatNeverCloses() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvParser.parse("a,b\n1,\"open\n2,3\n"))
			.withMessageContaining("line 2");
	}

	@Test
	void refusesStrayQuotes() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvParser.parse("ab\"c\n"));
		assertThatIllegalArgumentException().isThrownBy(() -> CsvParser.parse("\"ab\"c\n"));
	}

}
