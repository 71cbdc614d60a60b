package vn.dangbo.portal.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A criterion of the year's framework (tiêu chí) with its weight: the most points a meeting can get for it. */
@Entity
@Table(name = "meeting_criterion")
class MeetingCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int year;

    private int position;

    private String name;

    private int weight;

    protected MeetingCriterion() {
    }

    MeetingCriterion(int year, int position, String name, int weight) {
        this.year = year;
        this.position = position;
        this.name = name;
        this.weight = weight;
    }

    Long getId() { return id; }
    int getYear() { return year; }
    int getPosition() { return position; }
    String getName() { return name; }
    int getWeight() { return weight; }
}
