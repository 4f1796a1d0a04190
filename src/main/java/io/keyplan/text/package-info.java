/** Text utilities every stage may use; depends on nothing but the JDK. */
package io.keyplan.text;
