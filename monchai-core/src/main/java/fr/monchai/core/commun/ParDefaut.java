package fr.monchai.core.commun;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component an input may leave out: the record's constructor gives it this value then
 * (the API's schemas say so, and do not require it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface ParDefaut {

    /** {@return the value it takes when left out, as JSON writes it, such as {@code ""} or {@code false}} */
    String value();
}
