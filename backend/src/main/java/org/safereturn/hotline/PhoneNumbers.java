package org.safereturn.hotline;

/**
 * One form for a Vietnamese phone number, so that "+84 912 345 678", "0084912345678" and
 * "0912.345.678" are the same caller: digits only, the country code 84 replaced by a leading 0.
 */
final class PhoneNumbers {
    private PhoneNumbers() {}

    static String canonical(String phone) {
        if (phone == null) {
            return null;
        }
        String trimmed = phone.trim();
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return null;
        }
        boolean international = trimmed.startsWith("+") || digits.startsWith("00");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (international && digits.startsWith("84") && digits.length() >= 11) {
            return "0" + digits.substring(2);
        }
        return international ? "+" + digits : digits;
    }
}
