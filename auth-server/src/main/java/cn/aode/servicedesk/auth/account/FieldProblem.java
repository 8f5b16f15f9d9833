package cn.aode.servicedesk.auth.account;

/**
 * What is wrong with one field of a request, as the problem+json answer names it.
 *
 * @param field the field's name in the request body, or {@code username} for the path
 * @param message what it must be
 */
public record FieldProblem(String field, String message) {

}
