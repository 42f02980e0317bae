package org.exsync.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void markupCharactersBecomeTextAndOtherLettersStay() {
    assertThat(Html.text("<b>O'Brien & \"Ærø\"</b>"))
        .isEqualTo("&lt;b&gt;O&#39;Brien &amp; &quot;Ærø&quot;&lt;/b&gt;");
  }
}
