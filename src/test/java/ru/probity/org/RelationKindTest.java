package ru.probity.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RelationKindTest {

    @Test
    void parsesLabelsSynonymsAndConstantNames() {
        for (RelationKind kind : RelationKind.values()) {
            assertThat(RelationKind.parse(kind.label())).contains(kind);
            assertThat(RelationKind.parse(kind.name())).contains(kind);
            assertThat(RelationKind.parse(kind.name().toLowerCase())).contains(kind);
        }
        assertThat(RelationKind.parse(" ЖЕНА ")).contains(RelationKind.SPOUSE);
        assertThat(RelationKind.parse("супруга")).contains(RelationKind.SPOUSE);
        assertThat(RelationKind.parse("Тёща")).contains(RelationKind.SPOUSE_PARENT);
        assertThat(RelationKind.parse("свёкор")).contains(RelationKind.SPOUSE_PARENT);
        assertThat(RelationKind.parse("отец супруги")).contains(RelationKind.SPOUSE_PARENT);
        assertThat(RelationKind.parse("мать  супруга (и)")).contains(RelationKind.SPOUSE_PARENT);
        assertThat(RelationKind.parse("сестра супруга")).contains(RelationKind.SPOUSE_SIBLING);
        assertThat(RelationKind.parse("свояченица")).contains(RelationKind.SPOUSE_SIBLING);
        assertThat(RelationKind.parse("дочь супруга(и)")).contains(RelationKind.SPOUSE_CHILD);
        assertThat(RelationKind.parse("падчерица")).contains(RelationKind.SPOUSE_CHILD);
        assertThat(RelationKind.parse("сноха")).contains(RelationKind.CHILD_SPOUSE);
        assertThat(RelationKind.parse("неполнородная сестра")).contains(RelationKind.HALF_SIBLING);
        assertThat(RelationKind.parse("неполнородный брат / сестра")).contains(RelationKind.HALF_SIBLING);
        assertThat(RelationKind.parse("бабушка")).contains(RelationKind.GRANDPARENT);
        assertThat(RelationKind.parse("внучка")).contains(RelationKind.GRANDCHILD);
        assertThat(RelationKind.parse("Усыновлённая")).contains(RelationKind.ADOPTED_CHILD);
        assertThat(RelationKind.parse("усыновитель")).contains(RelationKind.ADOPTIVE_PARENT);
        assertThat(RelationKind.parse("брат, сестра")).contains(RelationKind.SIBLING);
        assertThat(RelationKind.parse("кум")).isEmpty();
        assertThat(RelationKind.parse("сводный брат")).isEmpty();
        assertThat(RelationKind.parse(null)).isEmpty();
    }

    @Test
    void countsRelativesAsEachLawDoes() {
        assertThat(Arrays.stream(RelationKind.values()).filter(RelationKind::closeRelativeUnder273))
                .containsExactlyInAnyOrder(
                        RelationKind.SPOUSE,
                        RelationKind.PARENT,
                        RelationKind.CHILD,
                        RelationKind.SIBLING,
                        RelationKind.HALF_SIBLING,
                        RelationKind.ADOPTIVE_PARENT,
                        RelationKind.ADOPTED_CHILD,
                        RelationKind.SPOUSE_PARENT,
                        RelationKind.SPOUSE_SIBLING,
                        RelationKind.SPOUSE_CHILD,
                        RelationKind.CHILD_SPOUSE);
        assertThat(Arrays.stream(RelationKind.values()).filter(RelationKind::closeRelativeUnder44))
                .containsExactlyInAnyOrder(
                        RelationKind.SPOUSE,
                        RelationKind.PARENT,
                        RelationKind.CHILD,
                        RelationKind.SIBLING,
                        RelationKind.HALF_SIBLING,
                        RelationKind.GRANDPARENT,
                        RelationKind.GRANDCHILD,
                        RelationKind.ADOPTIVE_PARENT,
                        RelationKind.ADOPTED_CHILD);
        assertThat(RelationKind.values()).hasSize(13);
        assertThat(RelationKind.CHILD.label()).isEqualTo("Ребёнок");
    }

    @Test
    void anAdoptedChildIsACloseRelativeUnder273FZ() {
        // СК РФ ст.137 п.1: adoptees and adopters are equated to relatives by origin
        assertThat(RelationKind.ADOPTED_CHILD.closeRelativeUnder273()).isTrue();
        assertThat(RelationKind.ADOPTIVE_PARENT.closeRelativeUnder273()).isTrue();
        assertThat(RelationKind.parse("усыновлённый")).contains(RelationKind.ADOPTED_CHILD);
    }
}
