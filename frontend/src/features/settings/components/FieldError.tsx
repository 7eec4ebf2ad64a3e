/** A field's error, right after the field (the server's or the editor's own check). */
export function FieldError({ errors, field }: { errors: Record<string, string>; field: string }) {
  return errors[field] ? <p className="field-error" role="alert">{errors[field]}</p> : null;
}
