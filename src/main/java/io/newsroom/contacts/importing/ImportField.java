package io.newsroom.contacts.importing;

import java.util.List;
import java.util.Locale;

/** What a column of an uploaded sheet holds, recognised from its heading in English or Korean. */
enum ImportField {
    IGNORE(),
    EMAIL("email", "e-mail", "email address", "e-mail address", "mail", "이메일", "메일", "이메일 주소", "전자우편"),
    NAME("name", "full name", "contact", "contact name", "성명", "이름", "담당자", "기자명", "기자"),
    FIRST_NAME("first name", "firstname", "given name", "first"),
    LAST_NAME("last name", "lastname", "surname", "family name", "last", "성"),
    OUTLET("outlet", "media", "media outlet", "publication", "company", "organization", "organisation", "매체",
            "매체명", "언론사", "소속", "회사"),
    JOB_TITLE("title", "job title", "role", "position", "직함", "직책", "직위"),
    BEATS("beat", "beats", "topics", "topic", "coverage", "분야", "담당 분야", "출입처"),
    TAGS("tags", "tag", "labels", "태그"),
    LANGUAGE("language", "lang", "언어"),
    COUNTRY("country", "country code", "국가"),
    PHONE("phone", "telephone", "mobile", "phone number", "전화", "전화번호", "연락처", "휴대폰"),
    NOTES("notes", "note", "comments", "comment", "메모", "비고");

    private final List<String> headings;

    ImportField(String... headings) {
        this.headings = List.of(headings);
    }

    /** The field a heading names, or {@link #IGNORE}. */
    static ImportField forHeading(String heading) {
        String normal = heading.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ')
                .replaceAll("\\s+", " ");
        for (var field : values()) {
            if (field.headings.stream().anyMatch(h -> h.replace('-', ' ').equals(normal))) {
                return field;
            }
        }
        return IGNORE;
    }
}
