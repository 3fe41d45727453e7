package io.newsroom.inquiry;

import java.util.List;

import org.springframework.data.repository.Repository;

interface InquiryNotes extends Repository<InquiryNote, Long> {

    InquiryNote save(InquiryNote note);

    List<InquiryNote> findByInquiryIdOrderById(Long inquiryId);
}
