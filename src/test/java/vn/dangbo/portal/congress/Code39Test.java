package vn.dangbo.portal.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class Code39Test {

    @Test
    void everyCharacterHasNineElementsThreeOfThemWideAndNoTwoAreAlike() {
        assertThat(Code39.PATTERNS).hasSize(38);
        assertThat(Code39.PATTERNS.values()).allSatisfy(pattern -> {
            assertThat(pattern).hasSize(9);
            // two of the five bars and one of the four spaces are wide
            assertThat(java.util.stream.IntStream.of(0, 2, 4, 6, 8).filter(i -> pattern.charAt(i) == 'w').count()).isEqualTo(2);
            assertThat(java.util.stream.IntStream.of(1, 3, 5, 7).filter(i -> pattern.charAt(i) == 'w').count()).isEqualTo(1);
        });
        assertThat(Code39.PATTERNS.values()).doesNotHaveDuplicates();
    }

    @Test
    void aCardCodeIsFramedByStarsWithANarrowGapBetweenCharacters() {
        List<String> elements = Code39.elements("DB-0001");
        assertThat(elements).hasSize(9 * 9 + 8);
        assertThat(elements.subList(0, 9)).containsExactly("b1", "s3", "b1", "s1", "b3", "s1", "b3", "s1", "b1");   // '*'
        assertThat(elements.get(9)).isEqualTo("s1");
        assertThat(elements.subList(10, 19)).containsExactly("b1", "s1", "b1", "s1", "b3", "s3", "b1", "s1", "b3");  // 'D'
        assertThatThrownBy(() -> Code39.elements("db-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
