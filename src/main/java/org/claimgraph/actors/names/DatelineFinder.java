package org.claimgraph.actors.names;

import static org.claimgraph.actors.names.Shapes.isCapitalized;
import static org.claimgraph.actors.names.Shapes.isCapitalsWord;
import static org.claimgraph.actors.names.Shapes.isDateWord;
import static org.claimgraph.actors.names.Shapes.isNameWord;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;
import org.claimgraph.doc.MentionType;

/**
 * A dateline: a place in capitals opening the sentence before a comma and a known place ("AL-MUKALLA,
 * Yemen", "KAZANLUK, Bulgaria"), before a date ("DES MOINES 1996-08-30", "OSLO, Aug 30") or before a news
 * agency in brackets ("MINSK (Reuters) -"). "TALLAHASSEE, Fla. 1996-08-30": the words between comma and
 * date name the state or country. Capitals that open a line are otherwise no evidence of a name.
 */
final class DatelineFinder extends RuleNameFinder {
    /** A dateline is in capitals whatever the rest of its line is. */
    @Override
    boolean reads(Casing casing) { return true; }

    @Override
    List<Span> candidates(NerTokens nt) {
        String[] w = nt.words;
        int k = 0;
        while (k < w.length && k < 3 && isCapitalsWord(w[k])) k++;
        if (k == 0 || k >= w.length) return List.of();
        List<Span> out = new ArrayList<>(2);
        if (isDateWord(w[k]) || ",".equals(w[k]) && k + 1 < w.length && isDateWord(w[k + 1])
                || "(".equals(w[k]) && k + 2 < w.length && ")".equals(w[k + 2]) && isCapitalized(w[k + 1])) {
            out.add(span(0, k, MentionType.LOCATION));
            return out;
        }
        if (!",".equals(w[k]) || k + 1 >= w.length) return out;
        Gazetteer.Match place = gazetteer.longestName(w, k + 1);
        int region = k + 1;
        while (region < w.length && region - k <= 3 && isNameWord(w[region])) region++;
        // The sentence detector may end the dateline at an abbreviation's full stop ("Fla." + "1996-08-30").
        boolean lineEnds = region == w.length || region == w.length - 1 && ".".equals(w[region]);
        boolean dated = region > k + 1 && (lineEnds || isDateWord(w[region]) || "(".equals(w[region]));
        if (place.length() > 0 && place.type() == MentionType.LOCATION || dated) {
            out.add(span(0, k, MentionType.LOCATION));
            if (dated && place.length() == 0) out.add(span(k + 1, region, MentionType.LOCATION));
        }
        return out;
    }
}
