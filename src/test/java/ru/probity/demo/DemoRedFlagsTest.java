package ru.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.probity.redflags.generator.Expected;
import ru.probity.redflags.generator.RedFlagEvaluation;
import ru.probity.redflags.generator.RedFlagWorld;
import ru.probity.redflags.indicators.RedFlags;
import ru.probity.redflags.indicators.Thresholds;

class DemoRedFlagsTest {

    @Test
    void plantsEachIndicatorOnKalugaCustomersOfTheRegion() {
        DemoRegion region = new DemoRegionGenerator().generate();
        RedFlagWorld world = DemoRedFlags.plant(region);
        Set<String> regionInns = region.organizations().stream()
                .map(DemoRegion.Organization::inn)
                .collect(Collectors.toSet());
        Set<String> indicators = world.truth().stream().map(Expected::indicator).collect(Collectors.toSet());
        assertThat(indicators).hasSize(23);
        assertThat(world.truth())
                .filteredOn(e -> e.customerInn() != null)
                .allMatch(e -> regionInns.contains(e.customerInn()));
        assertThat(world.companies()).noneMatch(c -> regionInns.contains(c.inn()));
        List<RedFlagEvaluation.Score> scores =
                RedFlagEvaluation.score(RedFlags.run(world.dataset(), Thresholds.defaults()), world.truth());
        assertThat(RedFlagEvaluation.allMeetTarget(scores))
                .as(RedFlagEvaluation.table(scores))
                .isTrue();
    }
}
