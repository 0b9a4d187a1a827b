package org.qingsong.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedNameTest {

  @Test
  void keepsTheSurnameAndAddsACourtesyTitle() {
    assertThat(MaskedName.of("王秀英", Gender.FEMALE)).isEqualTo("王女士");
    assertThat(MaskedName.of(" 李强 ", Gender.MALE)).isEqualTo("李先生");
  }

  @Test
  void keepsBothCharactersOfACompoundSurname() {
    assertThat(MaskedName.of("欧阳明", Gender.MALE)).isEqualTo("欧阳先生");
    assertThat(MaskedName.of("欧阳", Gender.FEMALE)).isEqualTo("欧女士");
  }

  @Test
  void aMissingNameLeavesOnlyTheTitle() {
    assertThat(MaskedName.of(null, Gender.FEMALE)).isEqualTo("女士");
    assertThat(MaskedName.of("", Gender.MALE)).isEqualTo("先生");
  }
}
