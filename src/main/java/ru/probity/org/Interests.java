package ru.probity.org;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;

/**
 * Conflicts of interest in the product itself (273-ФЗ ст.10–11, issue 16 item 7): an official never
 * sees or handles a record about himself or his relatives — a procurement finding, a notification, a
 * citizen's report, a declaration check, a commission case — since his personal interest would
 * bear on how he handles it. The areas ask here who is "own" for the signed-in user, filter such
 * records out of their lists and refuse direct access with {@link AccessDeniedException} (HTTP 403,
 * written to the access log as a refusal).
 *
 * <p>The rule: for a user with an official role (every role but {@link Role#EMPLOYEE}) who is linked
 * to an employee record, his own people are
 *
 * <ul>
 *   <li>his employee record;
 *   <li>his relative rows ({@code relative.employee_id} = his record);
 *   <li>an employee who is one of his relatives: the INN or SNILS of one of his relative rows is the
 *       employee's;
 *   <li>an employee who lists him as a relative: a relative row of that employee carries his INN or
 *       SNILS, and that row itself.
 * </ul>
 *
 * A user without an employee record (a technical or regional account) has none. An employee's own
 * filings stay visible to him through the employee's views; this rule is about handling others'
 * records as an official.
 */
@Service
@Transactional(readOnly = true)
public class Interests {

    private final InterestStore store;

    Interests(InterestStore store) {
        this.store = store;
    }

    /** The user's own people, empty when the rule does not apply to him. */
    public OwnPeople of(CurrentUser user) {
        if (user.employeeId() == null || user.role() == Role.EMPLOYEE) {
            return OwnPeople.NONE;
        }
        long me = user.employeeId();
        return new OwnPeople(store.employees(me), store.relatives(me));
    }

    /**
     * Refuses (HTTP 403, logged) when the record — of kind {@code what} with the given id — is about
     * one of the user's own people: the employee or the relative (either may be null).
     */
    public void refuseOwn(CurrentUser user, Long employeeId, Long relativeId, String what, Object id) {
        OwnPeople own = of(user);
        if (own.employee(employeeId) || own.relative(relativeId)) {
            throw refusal(user, what, id);
        }
    }

    /** The refusal for a record about the user's own people (273-ФЗ ст.10–11). */
    public static AccessDeniedException refusal(CurrentUser user, String what, Object id) {
        return new AccessDeniedException(
                "Own case (273-ФЗ ст.10–11): " + what + " " + id + " concerns " + user.username() + " or his relative");
    }
}
