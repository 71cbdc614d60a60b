package vn.dangbo.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

import vn.dangbo.portal.PortalTest;

/** The merged message source answers every key of every bundle as the bundles say, in both languages. */
@PortalTest
class MessageBundlesTest {

    @Autowired MessageSource messages;
    @Value("${spring.messages.basename}") String[] basenames;

    @Test
    void everyKeyResolvesToItsBundlesTextInVietnameseAndEnglish() throws IOException {
        Set<String> seen = new HashSet<>();
        int checked = 0;
        for (String basename : basenames) {
            Properties vietnamese = load(basename + ".properties");
            Properties english = load(basename + "_en.properties");
            for (String key : vietnamese.stringPropertyNames()) {
                if (seen.add(key)) { // the first bundle that has a key gives its text
                    assertThat(messages.getMessage(key, null, WebConfig.VIETNAMESE)).as(key).isEqualTo(vietnamese.getProperty(key));
                    assertThat(messages.getMessage(key, null, Locale.ENGLISH)).as(key)
                            .isEqualTo(english.getProperty(key, vietnamese.getProperty(key)));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(messages.getMessage("member.list.title", null, WebConfig.VIETNAMESE)).isEqualTo("Danh sách đảng viên");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        ClassPathResource resource = new ClassPathResource(file);
        if (resource.exists()) {
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
