package ru.probity.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The letters Probity sends (reminders, invitations): plain text from {@code probity.mail.from},
 * with links to {@code probity.base-url}. Nothing is sent unless an SMTP server is configured
 * ({@code spring.mail.host}); the jobs that send record each letter once it went out, so a failed
 * one is tried again on their next run.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String baseUrl;

    Mailer(ObjectProvider<JavaMailSender> mail, ProbityProperties properties) {
        this.mail = mail;
        this.from = properties.mail().from();
        String baseUrl = properties.baseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether letters can be sent at all. */
    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    /** The address of a page of Probity, for a letter: {@code link("/acts/5")}. */
    public String link(String path) {
        return baseUrl + path;
    }

    /**
     * Sends one letter; false when it could not be sent (logged with {@code what}, which must name
     * no person, e.g. "acknowledgement 17").
     */
    public boolean send(String to, String subject, String text, String what) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            // the exception's message may repeat the server's reply with the address: only its kind is logged
            log.warn("Letter for {} not sent: {}", what, e.getClass().getSimpleName());
            return false;
        }
    }
}
