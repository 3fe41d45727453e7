package io.newsroom.settings;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SettingsRows extends Repository<SettingsRow, Integer> {

    Optional<SettingsRow> findById(Integer id);

    SettingsRow save(SettingsRow row);
}
