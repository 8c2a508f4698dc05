package org.newsgraph.extract.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.newsgraph.article.CodePointOffsets;
import org.newsgraph.article.PublicationDate;
import org.newsgraph.article.Sentence;
import org.newsgraph.extract.ExtractException;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Term;
import org.newsgraph.extract.ValueNode;
import org.newsgraph.extract.rules.RuleEngine.Output;
import org.newsgraph.extract.value.Comparison;
import org.newsgraph.extract.value.DateMention;
import org.newsgraph.extract.value.Multiplier;
import org.newsgraph.extract.value.Quantity;
import org.newsgraph.extract.value.ReferenceDate;
import org.newsgraph.extract.value.ValueFinder;
import org.newsgraph.extract.value.ValueMention;
import org.newsgraph.vocab.NG;

/**
 * The numbers and dates of one sentence, in code points of the article, and the value nodes made
 * from them: money ({@code ng:Revenue}, or a plain {@code ng:MonetaryAmount} for a cost, a price or
 * a valuation), growth ({@code ng:Growth}), plain quantities, and dates resolved against the
 * publication date with their original words kept.
 */
final class ValueRules {
  /** The {@code valueType}s of value rules that make an amount of money: ng:MonetaryAmount. */
  private static final Set<String> MONEY = Set.of("MonetaryAmount", "Revenue");

  private static final String GROWTH = "Growth";

  private final Map<String, ValueFinder> finders;

  ValueRules(Map<String, ValueFinder> finders) {
    this.finders = finders;
  }

  /** A value found in a unit, with its span converted to article code points. */
  record Found<V extends ValueMention>(V value, int begin, int end) {}

  <V extends ValueMention> List<Found<V>> find(ArticleView view, Sentence unit, Class<V> kind) {
    ValueFinder finder = finders.get(view.article().language());
    if (finder == null) {
      return List.of();
    }
    Optional<ReferenceDate> reference = view.article().published().map(ReferenceDate::of);
    CodePointOffsets offsets = CodePointOffsets.of(unit.text());
    List<Found<V>> found = new ArrayList<>();
    for (ValueMention value : finder.find(unit.text(), reference)) {
      if (kind.isInstance(value)) {
        found.add(
            new Found<>(
                kind.cast(value),
                unit.begin() + offsets.toCodePoint(value.begin()),
                unit.begin() + offsets.toCodePoint(value.end())));
      }
    }
    return found;
  }

  static <V extends ValueMention> Optional<Found<V>> nearest(List<Found<V>> found, Cue cue) {
    return found.stream()
        .min(
            Comparator.comparingInt(
                f ->
                    f.end() <= cue.begin()
                        ? cue.begin() - f.end()
                        : Math.max(0, f.begin() - cue.end())));
  }

  /**
   * A money amount ({@code ng:Revenue} or {@code ng:MonetaryAmount}, with amount, currency and
   * comparator) or a growth, as a value node, with the fact that links the subject to it.
   */
  void value(Rule rule, Cue cue, Mention subject, ArticleView view, Output out) {
    String language = view.article().language();
    Optional<Found<DateMention>> period = nearest(resolved(view, cue.unit()), cue);
    List<ValueNode.Property> properties = new ArrayList<>();
    Found<? extends ValueMention> value;
    if (!GROWTH.equals(rule.valueType()) && !MONEY.contains(rule.valueType())) {
      throw new ExtractException(
          "rule "
              + rule.id()
              + ": valueType \""
              + rule.valueType()
              + "\": expected MonetaryAmount or Revenue (an amount of money) or Growth");
    }
    if (GROWTH.equals(rule.valueType())) {
      Optional<Found<Multiplier>> growth = nearest(find(view, cue.unit(), Multiplier.class), cue);
      if (growth.isEmpty()) {
        return;
      }
      value = growth.get();
      growthProperties(growth.get().value(), properties);
    } else {
      Optional<Found<Quantity>> money =
          nearest(
              find(view, cue.unit(), Quantity.class).stream()
                  .filter(f -> f.value().currency().isPresent())
                  .toList(),
              cue);
      if (money.isEmpty()) {
        return;
      }
      value = money.get();
      moneyProperties(money.get().value(), properties);
    }
    properties.add(property("valueText", Term.text(value.value().text(), language)));
    period.ifPresent(
        p -> {
          properties.add(property("period", date(p.value())));
          properties.add(property("dateText", Term.text(p.value().text(), language)));
        });
    String key =
        rule.valueType().toLowerCase(Locale.ROOT) + "-" + value.begin() + "-" + value.end();
    out.node(new ValueNode(key, NG.NS + rule.valueType(), value.value().text(), properties));
    out.fact(
        new Fact(
            subject.entity(),
            NG.NS + rule.predicate(),
            Term.node(key),
            cue.evidence(
                rule.id(),
                rule.confidence() * subject.confidence(),
                RuleEngine.span(subject),
                new int[] {value.begin(), value.end()}),
            period.map(p -> p.value().text())));
  }

  /** A date-valued fact: the subject's property gets the resolved date, its words kept beside. */
  void date(Rule rule, Cue cue, Mention subject, ArticleView view, Output out) {
    Optional<Found<DateMention>> date = nearest(resolved(view, cue.unit()), cue);
    if (date.isEmpty()) {
      return;
    }
    out.fact(
        new Fact(
            subject.entity(),
            NG.NS + rule.predicate(),
            date(date.get().value()),
            cue.evidence(
                rule.id(),
                rule.confidence() * subject.confidence(),
                RuleEngine.span(subject),
                new int[] {date.get().begin(), date.get().end()}),
            Optional.of(date.get().value().text())));
  }

  /** The quantities in [begin, end) as value nodes; their keys, for a claim. */
  List<String> quantities(ArticleView view, Sentence unit, int begin, int end, Output out) {
    List<String> keys = new ArrayList<>();
    for (Found<Quantity> found : find(view, unit, Quantity.class)) {
      if (found.begin() >= begin && found.end() <= end) {
        Quantity q = found.value();
        List<ValueNode.Property> properties = new ArrayList<>();
        String type = q.currency().isPresent() ? "MonetaryAmount" : "Quantity";
        if (q.currency().isPresent()) {
          moneyProperties(q, properties);
        } else {
          properties.add(
              property(
                  "amount",
                  Term.literal(q.value().toPlainString(), XSDDatatype.XSDdecimal.getURI())));
          comparator(q.comparison()).ifPresent(c -> properties.add(property("comparator", c)));
        }
        q.unitText()
            .ifPresent(
                u -> properties.add(property("unitText", Term.text(u, view.article().language()))));
        properties.add(property("valueText", Term.text(q.text(), view.article().language())));
        String key = "quantity-" + found.begin() + "-" + found.end();
        out.node(new ValueNode(key, NG.NS + type, q.text(), properties));
        keys.add(key);
      }
    }
    return keys;
  }

  private List<Found<DateMention>> resolved(ArticleView view, Sentence unit) {
    return find(view, unit, DateMention.class).stream()
        .filter(f -> f.value().value().isPresent())
        .toList();
  }

  private static void moneyProperties(Quantity q, List<ValueNode.Property> properties) {
    properties.add(
        property(
            "amount", Term.literal(q.value().toPlainString(), XSDDatatype.XSDdecimal.getURI())));
    properties.add(
        property(
            "currency", Term.literal(q.currency().orElseThrow(), XSDDatatype.XSDstring.getURI())));
    comparator(q.comparison()).ifPresent(c -> properties.add(property("comparator", c)));
  }

  private static void growthProperties(Multiplier m, List<ValueNode.Property> properties) {
    BigDecimal factor = m.factor().orElse(BigDecimal.valueOf(2));
    properties.add(
        property("factor", Term.literal(factor.toPlainString(), XSDDatatype.XSDdecimal.getURI())));
    if (m.several()) {
      properties.add(property("comparator", Term.iri(NG.NS + "AtLeast")));
    }
  }

  private static Optional<Term> comparator(Comparison comparison) {
    String local =
        switch (comparison) {
          case EXACTLY -> null;
          case MORE_THAN -> "MoreThan";
          case LESS_THAN -> "LessThan";
          case APPROXIMATELY -> "Approximately";
          case AT_LEAST -> "AtLeast";
          case AT_MOST -> "AtMost";
        };
    return Optional.ofNullable(local).map(l -> Term.iri(NG.NS + l));
  }

  private static Term date(DateMention date) {
    XSDDatatype type =
        date.precision() == PublicationDate.Precision.YEAR
            ? XSDDatatype.XSDgYear
            : date.precision() == PublicationDate.Precision.MONTH
                ? XSDDatatype.XSDgYearMonth
                : XSDDatatype.XSDdate;
    return Term.literal(date.value().orElseThrow(), type.getURI());
  }

  private static ValueNode.Property property(String local, Term value) {
    return new ValueNode.Property(NG.NS + local, value);
  }
}
