package io.newsroom.mail;

/**
 * Someone asked to be forgotten: every feature removes what it keeps of this address. Published in
 * the transaction that suppresses it, so that either all of it happens or none.
 */
public record AddressForgotten(String address) {
}
