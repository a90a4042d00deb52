package org.judicialchain.ruling.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonalNamesTest {

    @Test
    void chineseNamesAreFamilyFirstWithoutASpaceAndLatinOnesGivenFirst() {
        assertThat(PersonalNames.full("伟", "张")).contains("张伟");
        assertThat(PersonalNames.full("Wei", "Zhang")).contains("Wei Zhang");
        assertThat(PersonalNames.full("买买提·艾力", "阿不都")).contains("阿不都买买提·艾力");
        assertThat(PersonalNames.full(" ", "张")).contains("张");
        assertThat(PersonalNames.full(null, null)).isEmpty();
    }

    @Test
    void aCaseNumberPatternFillsInTheYearAndTheNumber() {
        CaseNumberPattern pattern = new CaseNumberPattern("({year})京0491民特{number}号");
        assertThat(pattern.format(2026, 123)).isEqualTo("(2026)京0491民特123号");
        assertThatThrownBy(() -> new CaseNumberPattern("({year})京0491民特号")).hasMessageContaining("{number}");
        assertThatThrownBy(() -> pattern.format(2026, 0)).hasMessageContaining("start at 1");
    }
}
